## The privacy guard under the note.

# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-personal-identity-number = Bilješka sadrži lični broj – personnummer ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-coordination-number = Bilješka sadrži koordinacijski broj – samordningsnummer ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-phone-number = Bilješka sadrži broj telefona ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-email = Bilješka sadrži e-mail adresu ({ $found }).
privacy-why = Iz dnevnika se nikada ne smije moći prepoznati nijedan stanovnik. Uklonite taj podatak prije nego što sačuvate.
