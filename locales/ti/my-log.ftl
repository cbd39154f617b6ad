## My log: the user's own entries.

my-log-title = መዝገበይ
# Variables:
#   $occasions (Number) - occasions logged this week
#   $people (Number) - people reached this week
my-log-week = ኣብዚ ሰሙን፦ { $occasions } { $occasions ->
    [one] ንጥፈት
   *[other] ንጥፈታት
}፣ { $people } { $people ->
    [one] ሰብ ተበጺሑ
   *[other] ሰባት ተበጺሖም
}
# Variables:
#   $occasions (Number) - occasions logged this month
#   $people (Number) - people reached this month
my-log-month = ኣብዚ ወርሒ፦ { $occasions } { $occasions ->
    [one] ንጥፈት
   *[other] ንጥፈታት
}፣ { $people } { $people ->
    [one] ሰብ ተበጺሑ
   *[other] ሰባት ተበጺሖም
}
my-log-new = ሓድሽ ንጥፈት መዝግቡ
my-log-drafts = ክውድኡ ዘለዎም ንድፍታት
my-log-draft-untitled = ቦታ ዘይብሉ ንድፊ
my-log-empty = ገና ዝተመዝገበ ንጥፈት የለን።
my-log-not-sent = ገና ኣይተላእከን
# Variables:
#   $count (Number) - people reached at the occasion
my-log-people = { $count } { $count ->
    [one] ሰብ
   *[other] ሰባት
}
my-log-sent = ኮሙን ተቐቢሉዎ
my-log-refused = ኮሙን ኣይተቐበሎን – ከፊትኩም ደጊምኩም ዓቅብዎ
# Variables:
#   $name (String) - the colleague who logged an occasion the user co-hosted
my-log-hosted-by = ዝመዝገበ፦ { $name }
my-log-delete = ደምስሱ
my-log-delete-question = እዚ ንጥፈት ይደምሰስ ዶ?
my-log-delete-yes = ደምስሱ
my-log-delete-no = ኣይትደምስሱ
my-log-deleted = እቲ ንጥፈት ተደምሲሱ።
my-log-settings = ምድላዋት
my-log-more = ተወሳኺ ርኣዩ
my-log-key-in-file = መፍትሕ ዳታቤዝ ናይዚ መሳርሒ ኣብ ፋይል ተቐሚጡ ኣሎ፣ ምኽንያቱ ኣብዚ መሳርሒ ዝሰርሕን ክቕበሎ ዝኽእልን መኽዘን መፍትሕ የለን።
