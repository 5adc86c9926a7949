package io.newsdesk.system;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat connector settings Boot has no property for (the others are in
 * application.properties, "Server settings").
 */
@Configuration(proxyBeanMethods = false)
class ConnectorConfiguration {

	/**
	 * Tomcat copies a response into a per-connection buffer of this size and makes one
	 * socket write per buffer-full. With its 8 KB default a 16 KB page took three writes
	 * (and three wake-ups of the client) and was served at 2/3 the rate of a 14 KB page;
	 * 32 KB sends a typical page, headers included, in one write. It costs 24 KB more
	 * heap per open connection, which server.tomcat.max-connections bounds.
	 */
	static final int WRITE_BUFFER_BYTES = 32 * 1024;

	@Bean
	TomcatConnectorCustomizer writeBufferCustomizer() {
		return (connector) -> connector.setProperty("socket.appWriteBufSize", String.valueOf(WRITE_BUFFER_BYTES));
	}

}
