## The privacy guard under the note.

# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-personal-identity-number = Muistiinpanossa on henkilötunnus ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-coordination-number = Muistiinpanossa on koordinointinumero ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-phone-number = Muistiinpanossa on puhelinnumero ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-email = Muistiinpanossa on sähköpostiosoite ({ $found }).
privacy-why = Kirjauksista ei saa koskaan voida tunnistaa asukasta. Poista tieto ennen kuin tallennat.
