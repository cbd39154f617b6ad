## The privacy guard under the note.

# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-personal-identity-number = Di têbîniyê de hejmareke kesane (personnummer) heye: { $found }
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-coordination-number = Di têbîniyê de hejmareke koordînasyonê (samordningsnummer) heye: { $found }
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-phone-number = Di têbîniyê de hejmareke telefonê heye: { $found }
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-email = Di têbîniyê de navnîşaneke e-nameyê heye: { $found }
privacy-why = Divê qeyd qet nebe sedem ku niştecihek were naskirin. Berî tomarkirinê vê agahiyê jê bibe.
