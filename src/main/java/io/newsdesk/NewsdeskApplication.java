package io.newsdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NewsdeskApplication {

	public static void main(String[] args) {
		SpringApplication.run(NewsdeskApplication.class, args);
	}

}
