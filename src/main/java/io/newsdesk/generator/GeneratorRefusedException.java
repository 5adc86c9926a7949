package io.newsdesk.generator;

/**
 * The database holds real articles and the generator was not told to add beside them.
 */
public class GeneratorRefusedException extends IllegalStateException {

	GeneratorRefusedException(String message) {
		super(message);
	}

}
