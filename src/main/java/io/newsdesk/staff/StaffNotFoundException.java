package io.newsdesk.staff;

import io.newsdesk.site.NotFoundException;

/** An unknown or tampered staff id: the site's 404 page, nothing changed. */
class StaffNotFoundException extends NotFoundException {

}
