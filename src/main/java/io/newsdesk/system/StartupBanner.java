package io.newsdesk.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the site where to open it. */
@Component
class StartupBanner implements ApplicationListener<WebServerInitializedEvent> {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		log.info("Newsdesk is running at http://localhost:{}/ (admin at http://localhost:{}/admin)",
				event.getWebServer().getPort(), event.getWebServer().getPort());
	}

}
