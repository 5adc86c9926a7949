package io.newsdesk.staff;

/**
 * What a staff member may do; the workflow rules per role arrive with the newsroom
 * workflow.
 */
public enum StaffRole {

	ADMIN, EDITOR, WRITER

}
