## The privacy guard under the note.

# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-personal-identity-number = Qoraalka waxaa ku jira lambarka aqoonsiga shakhsiga (personnummer): { $found }
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-coordination-number = Qoraalka waxaa ku jira lambarka isku-duwidda (samordningsnummer): { $found }
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-phone-number = Qoraalka waxaa ku jira lambar taleefan: { $found }
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-email = Qoraalka waxaa ku jira ciwaan e-mail: { $found }
privacy-why = Diiwaanka waa in aan marnaba lagu garan karin qof deggan. Ka saar xogtaas ka hor intaadan kaydin.
