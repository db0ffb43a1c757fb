package dev.fieldcrm.bench.hello;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The whole baseline function: what a Quarkus lambda-http app costs before any FieldCRM code. */
@Path("/hello")
public class HelloResource {
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String hello() {
        return "{\"hello\":\"world\"}";
    }
}
