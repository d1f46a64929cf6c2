package io.contacts.domain.port.in;

import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.model.User;
import io.contacts.domain.model.ValidationException;

/** Use case: give a user a new password; the old one stops working (within the credential cache's time). */
public interface ResetPasswordUseCase {

    /**
     * @throws ValidationException if the password is too short or too long
     * @throws NotFoundException if no user signs in with that e-mail address
     */
    User resetPassword(String email, String newPassword);
}
