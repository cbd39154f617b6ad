## The privacy guard under the note.

# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-personal-identity-number = Anteckningen innehåller ett personnummer ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-coordination-number = Anteckningen innehåller ett samordningsnummer ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-phone-number = Anteckningen innehåller ett telefonnummer ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-email = Anteckningen innehåller en e-postadress ({ $found }).
privacy-why = Loggen får aldrig kunna peka ut en invånare. Ta bort uppgiften innan du sparar.
