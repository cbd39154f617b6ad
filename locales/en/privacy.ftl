## The privacy guard under the note.

# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-personal-identity-number = The note contains a personal identity number ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-coordination-number = The note contains a coordination number ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-phone-number = The note contains a phone number ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-email = The note contains an e-mail address ({ $found }).
privacy-why = The log must never be able to identify a resident. Remove it before saving.
