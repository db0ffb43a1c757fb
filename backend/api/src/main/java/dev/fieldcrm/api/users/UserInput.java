package dev.fieldcrm.api.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** What an admin writes about a user. */
public record UserInput(@NotBlank @Size(max = 200) String name,
                        @NotBlank @Email @Size(max = 254) String email,
                        @NotEmpty Set<@Pattern(regexp = "rep|manager|admin") String> roles,
                        @Size(max = 64) String teamId,
                        @NotBlank @Size(max = 64) String timeZone,
                        @Pattern(regexp = "ru|en") String locale,
                        boolean active) {
}
