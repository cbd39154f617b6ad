## The log form: one outreach occasion.

log-title-new = ሓድሽ ንጥፈት
log-title-edit = ንጥፈት ኣስተኻኽሉ
log-title-draft = ንድፊ
log-project = ፕሮጀክት
log-choose = ምረጹ…
log-date = ዕለት
log-start-time = ሰዓት መጀመርታ
log-duration = ንውሓት ግዜ
# Variables:
#   $minutes (Number) - minutes, under an hour
log-duration-minutes = { $minutes } ደቒቕ
# Variables:
#   $hours (Number) - whole hours
log-duration-hours = { $hours } ሰዓት
# Variables:
#   $hours (Number) - whole hours
#   $minutes (Number) - minutes beyond the hours
log-duration-hours-minutes = { $hours } ሰዓት { $minutes } ደቒቕ
log-area = ከባቢ
log-venue = ቦታ
log-venue-type = ዓይነት ቦታ
log-format = ኣገባብ
log-languages = ዝተጠቐምናሎም ቋንቋታት
log-topics = ኣርእስትታት
log-people = በዝሒ ዝተበጽሑ ሰባት
log-people-women = ኣንስቲ
log-people-men = ሰብኡት
log-people-girls = ኣዋልድ
log-people-boys = ኣወዳት
log-people-other = ካልእ / ዘይተገልጸ
# Variables:
#   $total (Number) - everyone reached
log-people-total = ብጠቕላላ { $total } { $total ->
    [one] ሰብ
   *[other] ሰባት
}
log-new-people = ካብኣቶም ኣብቲ ፕሮጀክት ሓደስቲ
log-new-people-hint = ንመጀመርታ ግዜ ናብዚ ፕሮጀክት ዝመጹ። ቁጸሩ ጥራይ፣ ስም ኣይትጽሓፉ።
# Variables:
#   $total (Number) - referrals made in all
log-referrals = ናብ ካልእ ዝተመርሑ ({ $total })
# Variables:
#   $total (Number) - questions asked in all
log-questions = ሕቶታት ብዓይነት ({ $total })
# Variables:
#   $total (Number) - the project's outcomes counted in all (people matched to work, CVs written...)
log-outcomes = ውጽኢታት ({ $total })
log-partners = መሻርኽቲ
log-co-hosts = ምሳኹም ብሓባር ዘካየዱ
log-note = መዘኻኸሪ
log-note-hint = እንታይ ከም ዝተገብረ ጽሓፉ እምበር መን ከም ዝነበረ ኣይኮነን፦ ስም፣ ናይ ውልቀ ቁጽሪ (personnummer)፣ ቁጽሪ ተሌፎን ወይ ኢመይል ኣይትጽሓፉ።
log-problems-title = እዚ ንጥፈት ቅድሚ ምዕቃቡ፦
log-problem-missing-project = ፕሮጀክት ምረጹ።
log-problem-missing-date = ዕለት ኣእትዉ።
log-problem-missing-start-time = ሰዓት መጀመርታ ኣእትዉ።
log-problem-missing-duration = ንውሓት ግዜ ምረጹ።
log-problem-missing-area = ከባቢ ምረጹ።
log-problem-missing-venue = ቦታ ምረጹ።
log-problem-missing-venue-type = ዓይነት ቦታ ምረጹ።
log-problem-missing-format = ኣገባብ ምረጹ።
log-problem-missing-languages = እንተወሓደ ሓደ ዝተጠቐምኩምሉ ቋንቋ ምረጹ።
# Variables:
#   $max (Number) - the largest count accepted
log-problem-count = ሓደ በዝሒ ካብ 0 ክሳብ { $max } ዘሎ ምሉእ ቁጽሪ ኣይኮነን። ነቲ ምልክት ዝተገብሮ ቦታ ኣርሙ።
log-problem-missing-other = ሓደ ቦታ ምምላእ ጎዲሉ ኣሎ።
# Variables:
#   $item (String) - the label of a list item that is no longer offered
log-problem-unknown = «{ $item }» ደጊም ኣብቲ ዝርዝር የለን። ደጊምኩም ምረጹ።
# Variables:
#   $item (String) - the label of a topic
log-problem-not-in-project = እቲ ኣርእስቲ «{ $item }» ናይዚ ፕሮጀክት ኣይኮነን።
log-problem-section-not-used = እዚ ፕሮጀክት ነዚ ክፍሊ ቅጥዒ ኣይጥቀመሉን።
log-problem-bad-co-host = ሓደ ካብቶም ምሳኹም ነቲ ንጥፈት ዘካየዱ ደጊም ኣብቲ ፕሮጀክት የለን። ኣልጊስኩምዎ ደጊምኩም ዓቅብዎ።
# Variables:
#   $item (String) - the label of a referral target or question category
log-problem-bad-line = «{ $item }» ክልተ ግዜ ወይ ብበዝሒ ባዶ ተጻሒፉ ኣሎ።
# Variables:
#   $min (Number) - shortest duration in minutes
#   $max (Number) - longest duration in minutes
log-problem-duration = ንውሓት ግዜ ካብ { $min } ክሳብ { $max } ደቒቕ ክኸውን ኣለዎ።
log-problem-new-people = ሓደስቲ ተባሂሎም ዝተመልከቱ ካብቶም ዝተበጽሑ ይበዝሑ። ሓደስቲ ምስቶም ዝተበጽሑ እዮም ዝቑጸሩ።
log-problem-date-future = እዚ ዕለት ገና ኣይበጽሐን። ናይ ሎሚ ዕለት ወይ ቅድሚኡ ዘሎ ዕለት ምረጹ።
# Variables:
#   $start (String) - the day the project started, written out in the user's language
log-problem-date-before-project = እቲ ፕሮጀክት ኣብ { $start } ጀሚሩ። ነታ መዓልቲ ወይ ድሕሪኣ ዘሎ ዕለት ምረጹ።
# Variables:
#   $end (String) - the day the project ended, written out in the user's language
log-problem-date-after-project = እቲ ፕሮጀክት ኣብ { $end } ተወዲኡ። ነታ መዓልቲ ወይ ቅድሚኣ ዘሎ ዕለት ምረጹ።
log-problem-date-not-kept = እቲ ምምሕዳር ከተማ ካብ { $start } ንደሓር ዘለዉ ንጥፈታት ጥራይ ይዕቅብ (ግዝያዊ ምድምሳስ)። ካብኡ ዝጸንሐ ንጥፈት ኣይቅበልን እዩ።
# Variables:
#   $max (Number) - the most characters a note may have
log-problem-note-too-long = እቲ መዘኻኸሪ ካብ { $max } ፊደላት ክበዝሕ የብሉን።
log-nobody-question = ኣብዚ ንጥፈት ዝተበጽሐ ሰብ የለን። ዋላ ከምኡ ክትዕቅብዎ ትደልዩ ዶ?
log-nobody-save = እወ፣ ዓቅቡ
log-nobody-back = ኣይፋል፣ ተመለሱ
log-unsaved-changes = ኣብዚ ንጥፈት ዝገበርኩምዎ ለውጥታት ኣይተወድአን። ወዲእኩም ዓቅብዎ፣ ወይ ሰርዝዎ።
log-discard = ለውጥታት ሰርዙ
log-save = ዓቅቡ
log-saved = ተዓቂቡ። እቲ መሳርሒ ምስ ተኣሳሰረ ክለኣኽ እዩ።
log-again-title = ከም ቅድም መዝግቡ
