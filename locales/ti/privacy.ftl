## The privacy guard under the note.

# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-personal-identity-number = እቲ መዘኻኸሪ ናይ ውልቀ ቁጽሪ (personnummer) ሒዙ ኣሎ ({ $found })።
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-coordination-number = እቲ መዘኻኸሪ ናይ ምውህሃድ ቁጽሪ (samordningsnummer) ሒዙ ኣሎ ({ $found })።
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-phone-number = እቲ መዘኻኸሪ ቁጽሪ ተሌፎን ሒዙ ኣሎ ({ $found })።
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-email = እቲ መዘኻኸሪ ኣድራሻ ኢመይል ሒዙ ኣሎ ({ $found })።
privacy-why = እዚ መዝገብ ፈጺሙ ዝኾነ ነባሪ ከቃልዕ የብሉን። ቅድሚ ምዕቃብኩም ነቲ ሓበሬታ ኣልግስዎ።
