## The privacy guard under the note.

# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-personal-identity-number = Notatka zawiera numer personnummer ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-coordination-number = Notatka zawiera numer koordynacyjny, samordningsnummer ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-phone-number = Notatka zawiera numer telefonu ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-email = Notatka zawiera adres e-mail ({ $found }).
privacy-why = Dziennik nigdy nie może umożliwiać rozpoznania mieszkańca. Usuń tę informację przed zapisaniem.
