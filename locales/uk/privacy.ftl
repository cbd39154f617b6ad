## The privacy guard under the note.

# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-personal-identity-number = Нотатка містить персональний номер ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-coordination-number = Нотатка містить координаційний номер ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-phone-number = Нотатка містить номер телефону ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-email = Нотатка містить адресу електронної пошти ({ $found }).
privacy-why = За журналом ніколи не має бути можливо впізнати жителя. Видаліть ці дані, перш ніж зберегти.
