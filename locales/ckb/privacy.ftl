## The privacy guard under the note.

# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-personal-identity-number = تێبینییەکە ژمارەیەکی کەسی تێدایە ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-coordination-number = تێبینییەکە ژمارەیەکی هەماهەنگی (samordningsnummer) تێدایە ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-phone-number = تێبینییەکە ژمارەیەکی تەلەفۆنی تێدایە ({ $found }).
# Variables:
#   $found (String) - the text that was found, as the user wrote it
privacy-found-email = تێبینییەکە ناونیشانێکی ئیمەیڵی تێدایە ({ $found }).
privacy-why = تۆمارەکان هەرگیز نابێت ڕێگە بدەن هیچ دانیشتوویەک بناسرێتەوە. پێش پاشەکەوتکردن ئەو زانیارییە بسڕەوە.
