package de.thinka.kompass.office.pages;

/** Whole numbers from form fields; anything else is null, and the boundary says what is expected. */
final class FormNumbers {

    private FormNumbers() {
    }

    static Integer whole(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
