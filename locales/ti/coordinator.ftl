## The coordinator pages in a browser: logging in and the logged occasions.

coordinator-login-title = ከም ኣወሃሃዲ እተዉ
coordinator-login-name = ናይ ምእታው ስም
coordinator-password = መሕለፊ ቃል
coordinator-login-button = እተዉ
coordinator-logout = ውጹ
coordinator-activities-title = ዝተመዝገቡ ንጥፈታት
coordinator-from = ካብ
coordinator-to = ክሳብ
coordinator-project = ፕሮጀክት
coordinator-all-projects = ኩሎም ፕሮጀክትታተይ
coordinator-column-date = ዕለት
coordinator-column-project = ፕሮጀክት
coordinator-column-area = ከባቢ
coordinator-column-venue = ቦታ
coordinator-column-people = ዝተበጽሑ
coordinator-column-author = ዝመዝገበ
coordinator-previous = ዝሓለፈ
coordinator-next = ዝቕጽል
# Variables:
#   $name (String) - the coordinator's name
coordinator-logged-in-as = ብስም { $name } ኣቲኹም ኣለኹም
# Variables:
#   $count (Number) - occasions that match the filter
coordinator-total = { $count ->
    [0] ንጥፈት የለን።
    [one] { $count } ንጥፈት።
   *[other] { $count } ንጥፈታት።
}
coordinator-nav-activities = ንጥፈታት
coordinator-nav-overview = ሓፈሻዊ ትዕይንቲ
coordinator-overview-title = ሓፈሻዊ ትዕይንቲ
coordinator-occasions = ንጥፈታት
coordinator-hours = ሰዓታት
coordinator-people-total = ዝተበጽሑ ሰባት
coordinator-active-guides = ንጡፋት መራሕቲ ጥዕናን ሰራሕተኛታትን
coordinator-by-month = ዝተበጽሑ ብወርሒ
coordinator-by-area = ብከባቢ
coordinator-topics = ኣርእስትታት
coordinator-languages = ቋንቋታት
coordinator-column-occasions = ንጥፈታት
# Variables:
#   $women, $men, $girls, $boys, $other (Number) - people reached of each gender
coordinator-by-gender = ኣንስቲ { $women }፣ ሰብኡት { $men }፣ ኣዋልድ { $girls }፣ ኣወዳት { $boys }፣ ካልእ ወይ ዘይተገልጸ { $other }።

## Entries in full, corrections and review marks.

coordinator-details = ርኣዩ
coordinator-field-format = ኣገባብ
coordinator-field-minutes = ደቓይቕ
coordinator-field-note = መዘኻኸሪ
coordinator-reviewed = ተፈቲሹ
coordinator-reviewed-any = ኩሉ
coordinator-filter-any = ኩሉ
coordinator-reviewed-waiting = ምፍታሽ ዝጽበዩ
coordinator-reviewed-done = ዝተፈተሹ
coordinator-yes = እወ
coordinator-no = ኣይፋል
coordinator-mark-reviewed = ከም ዝተፈተሸ ምልክት ግበሩ
coordinator-mark-unreviewed = ምልክት «ተፈቲሹ» ኣልግሱ
coordinator-correct-title = ሓደ ቦታ ምምላእ ኣርሙ
coordinator-correct-field = ቦታ ምምላእ
coordinator-correct-value = ሓድሽ ትሕዝቶ
coordinator-correct-button = ኣርሙ
coordinator-corrected = እቲ እርማት ተዓቂቡ እዩ፣ ኣብ ዝመጽእ ምውህሃድ ናብ መሳርሒታት እቲ መራሒ ክበጽሕ እዩ።
coordinator-bad-value = እቲ ትሕዝቶ ምስቲ ቦታ ምምላእ ኣይሰማማዕን፦ በዝሒ ምሉእ ቁጽሪ እዩ፣ ዕለት ድማ ብ YYYY-MM-DD ይጽሓፍ።
coordinator-by-gender-title = ዝተበጽሑ ብጾታን ብጉጅለ ዕድመን
coordinator-venues = ቦታታት

## Kept conflicts.

coordinator-nav-conflicts = ግጭታት
coordinator-conflicts-title = ክፍትሑ ዘለዎም ግጭታት
# Variables:
#   $count (Number) - open conflicts
coordinator-conflicts-count = { $count ->
    [0] ዝጽበ ግጭት የለን።
    [one] { $count } ግጭት ይጽበ ኣሎ።
   *[other] { $count } ግጭታት ይጽበዩ ኣለዉ።
}
coordinator-conflict-field = ቦታ ምምላእ
coordinator-conflict-kept = ዝተዓቀበ ትሕዝቶ
coordinator-conflict-lost = ዝተተክአ ትሕዝቶ
# Variables:
#   $name (String) - the device or coordinator whose value lost
coordinator-conflict-lost-by = ካብ { $name }
coordinator-conflict-keep = ነቲ ዝተዓቀበ ትሕዝቶ ሓልዉ
coordinator-conflict-take = ነቲ ካልእ ትሕዝቶ ውሰዱ

## People and devices.

coordinator-nav-people = ሰባትን መሳርሒታትን
coordinator-people-title = ሰባትን መሳርሒታትን
coordinator-person-name = ስም
coordinator-person-role = ግደ
coordinator-role-guide = መራሒ ጥዕና
coordinator-role-staff = ሰራሕተኛ
coordinator-role-coordinator = ኣወሃሃዲ
coordinator-role-admin = ኣመሓዳሪ
coordinator-role-viewer = ኣንባቢ (ኮሚተ መሪሕነት፡ ተሓባባሪ ወሃቢ ገንዘብ)
coordinator-devices = መሳርሒታት
# Variables:
#   $version (String) - the app's version, $seen (String) - when the device last synced
coordinator-device-line = ስሪት { $version }፣ መወዳእታ ምውህሃድ { $seen }
coordinator-never = ገና የለን
coordinator-revoked = ተቋሪጹ
coordinator-revoke = ኣቋርጹ
coordinator-issue-code = መሳርሒ ንምትእስሳር ሓድሽ ኮድ
# Variables:
#   $name (String) - the person the code is for
coordinator-code-for = ንሓደ ግዜ ዝሰርሕ ኮድ ን{ $name }፦
# Variables:
#   $at (String) - when the code stops working (UTC)
coordinator-code-expires = ክሳብ { $at } (UTC) ይሰርሕ።
coordinator-code-qr = ኣድራሻ ሰርቨርን እቲ ንሓደ ግዜ ዝሰርሕ ኮድን ዝሓዘ QR ኮድ
coordinator-new-person = ሓደ ሰብ ወስኹ
coordinator-create-person = ወስኹ

## Reference lists.

coordinator-nav-reference = ዝርዝራት
coordinator-reference-title = ዝርዝራትን ፕሮጀክትታትን
coordinator-list = ዝርዝር
coordinator-list-projects = ፕሮጀክትታት
coordinator-list-questions = ዓይነታት ሕቶታት
coordinator-list-referrals = ናብ ካልእ ምምራሕ
coordinator-list-outcomes = ውጽኢታት
coordinator-list-development-areas = ዓውድታት ምምዕባል
coordinator-list-partners = መሻርኽቲ
coordinator-code = ኮድ
coordinator-retired = ካብ ጥቕሚ ወጺኡ
coordinator-add-item = ናብቲ ዝርዝር ወስኹ
coordinator-add-target = ሓደ እዋን ወስኹ
coordinator-project-start = እቲ ፕሮጀክት ዝጅምረሉ
coordinator-project-end = እቲ ፕሮጀክት ዝውድኣሉ (ናይ መወዳእታ ጸብጻብ ድሕሪ ሓደ ወርሒ ይቐርብ)
coordinator-save-reference = ዝርዝራት ዓቅቡ
coordinator-reference-saved = እቶም ዝርዝራት ተዓቂቦም፣ ኣብ ዝመጽእ ምውህሃድ ናብ መሳርሒታት ክበጽሑ እዮም።

## Accounts: an administrator disables and enables them and hands out password resets; a
## coordinator changes their own password, or chooses one with a one-time code.

account-column = ኣካውንት
account-disabled = ዘይንጡፍ
account-disable = ነቲ ኣካውንት ዘይንጡፍ ግበሩ
# Variables:
#   $name (String) - the person whose account is disabled
account-disable-confirm = ናይ { $name } ኣካውንት ዘይንጡፍ ይገበር ድዩ? ኩሉ ምእታዋት ብዚ ኣካውንት ብኡንብኡ ይውዳእ፣ ምትእስሳር መሳርሒታት እዚ ሰብ ድማ ብኡንብኡ ይቋረጽ፤ ኣብቶም መሳርሒታት ዘሎ ኩሉ ኣብ ዝመጽእ ምውህሃድ ክድምሰስ እዩ።
account-disable-yes = እወ፣ ዘይንጡፍ ግበሩ
account-enable = ነቲ ኣካውንት ንጡፍ ግበሩ
account-cancel = ሰርዙ
account-reset = መሕለፊ ቃል ዳግም ኣቐምጡ
# Variables:
#   $name (String) - the person the code is for
#   $login (String) - the login name they log in with
account-reset-for = ንሓደ ግዜ ዝሰርሕ ኮድ ን{ $name } (ናይ ምእታው ስም፦ { $login })፦
# Variables:
#   $at (String) - date and time (UTC) the code stops working
account-reset-expires = እዚ ኮድ ክሳብ { $at } (UTC)፣ ሓደ ግዜ ጥራይ ይሰርሕ። ንዋና እቲ ኣካውንት ጥራይ ሃብዎ።
password-change = መሕለፊ ቃል ቀይሩ
password-current = ናይ ሕጂ መሕለፊ ቃል
password-new = ሓድሽ መሕለፊ ቃል (እንተወሓደ 12 ፊደላት)
password-repeat = ነቲ ሓድሽ መሕለፊ ቃል ደጊምኩም ጽሓፍዎ
password-mismatch = እቶም ክልተ ሓደስቲ መሕለፊ ቃላት ሓደ ዓይነት ኣይኮኑን።
password-changed = መሕለፊ ቃል ተቐይሩ። ካልኦት ምእታዋት ብዚ ኣካውንት ኩሎም ተወዲኦም እዮም።
password-reset-link = መሕለፊ ቃል ንምምራጽ ንሓደ ግዜ ዝሰርሕ ኮድ ተዋሂቡኩም ድዩ?
password-reset-title = ሓድሽ መሕለፊ ቃል ምረጹ
password-reset-code = ንሓደ ግዜ ዝሰርሕ ኮድ
password-reset-done = መሕለፊ ቃል ተመሪጹ። ብሓድሽ መሕለፊ ቃል እተዉ።
session-ended = እቲ ገጽ ንሓደ ሰዓት ስለ ዘይተጠቐምኩምሉ ወይ መሕለፊ ቃል ስለ ዝተቐየረ፣ ካብ ኣካውንትኩም ወጺእኩም ኣለኹም። ደጊምኩም እተዉ።
coordinator-code-link = ወይ ድማ እቲ ሊንክ ስደዱ፤ እቲ ኣፕ ምስ ተለጠፈ ይቕበሎ እዩ፦
coordinator-volunteer-hours = ሰዓታት ወለንታዊ ስራሕ
coordinator-volunteer-hours-about = ነፍሲ ወከፍ ሰብ ኣብዚ እዋን እዚ ዝመዝገቦ፡ ወይ ምስቲ ዝመዝገቦ ሰብ ብሓባር ዘካየዶ ንጥፈታትን ሰዓታትን (ብናይ ገዛእ ርእሱ ሰዓታት)፤ ምንም ዘይብሎም እውን ሓዊሱ።
coordinator-volunteer-hours-none = ኣብዚ እዋን እዚ ኣብቲ ፕሮጀክት ዝኾነ ሰብ የለን።

## Retention (gallring), for administrators.
#   $day (String) - the first day kept, written out
#   $older (Number) - entries older than that
#   $thinned (Number) - entries thinned out
coordinator-nav-retention = ግዜ ዕቅበት
retention-title = ግዜ ዕቅበት
retention-about = ንጥፈታት ክንደይ ግዜ ከም ዝዕቀቡ፡ ካብታ ዝተኻየዱላ መዓልቲ ጀሚሩ ይቑጸር። ካብኡ ዝኣረጉ ንጥፈታት ምስ ኩሉ ብዛዕባኦም ዝተዓቀበ ይድምሰሱ። ዝቐረቡ ጸብጻባት ከምቲ ዝቐረቡዎ ይተርፉ።
retention-months = ን ክንደይ ኣዋርሕ ይዕቀቡ (ባዶ: ንሓዋሩ)
retention-save = ዓቅቡ
retention-forever = ንጥፈታት ንሓዋሩ ይዕቀቡ።
retention-state = ንጥፈታት ካብ { $day } ጀሚሮም ይዕቀቡ። { $older ->
    [0] ካብኡ ዝኣረገ ንጥፈት የለን።
    [one] ካብኡ ዝኣረገ ሓደ ንጥፈት ኣሎ።
   *[other] ካብኡ ዝኣረጉ { $older } ንጥፈታት ኣለዉ።
}
retention-thin = ሕጂ ደምስሱ
retention-thin-question = { $older ->
    [one] { $older } ንጥፈት ምስ ስሪታቱን ግጭታቱን ንሓዋሩ ክድምሰስ እዩ።
   *[other] { $older } ንጥፈታት ምስ ስሪታቶምን ግጭታቶምን ንሓዋሩ ክድምሰሱ እዮም።
} እዚ ንድሕሪት ክምለስ ኣይክእልን እዩ። ትደምስሱ ዶ?
retention-thin-yes = እወ፣ ደምስሱ
retention-thin-no = ሰርዙ
retention-thinned = { $thinned ->
    [0] ክድምሰስ ዘድልዮ ንጥፈት ኣይነበረን።
    [one] ሓደ ንጥፈት ተደምሲሱ።
   *[other] { $thinned } ንጥፈታት ተደምሲሶም።
}
