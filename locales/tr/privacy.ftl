## The privacy guard under the note.

# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-personal-identity-number = Notta bir kimlik numarası (personnummer) var: { $found }
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-coordination-number = Notta bir koordinasyon numarası (samordningsnummer) var: { $found }
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-phone-number = Notta bir telefon numarası var: { $found }
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-email = Notta bir e-posta adresi var: { $found }
privacy-why = Kayıtlardan hiçbir zaman bir kişinin kim olduğu anlaşılmamalı. Kaydetmeden önce bu bilgiyi silin.
