## The funder's reports: on the coordinator pages and as headings in their XLSX and CSV exports.

report-nav = ጸብጻባት
report-kind-half-year = ናይ ፈረቓ ዓመት ጸብጻብ
report-kind-final = ናይ መወዳእታ ጸብጻብ
report-kind-annual = ዓመታዊ ጽማቕ
report-kind = ጸብጻብ
report-year = ዓመት
report-half = ፈረቓ ዓመት
report-half-first = ጥሪ–ሰነ
report-half-second = ሓምለ–ታሕሳስ
report-show = ነቲ ጸብጻብ ርኣዩ
report-summary = ጽማቕ
report-period = እዋን
# Variables:
#   $from (String) - the first day, $to (String) - the last day
report-period-days = { $from } – { $to }
report-due = ዝቐርበሉ ናይ መወዳእታ ዕለት
report-project = ፕሮጀክት
report-status = ኩነታት
report-status-ongoing = ይቕጽል ኣሎ
report-status-finished = ተወዲኡ
report-group = ጉጅለ
report-table = ሰሌዳ
report-reached = ዝተበጽሑ
report-expected = ብመሰረት እቲ መመልከቲ ዝተጸበየ
report-new = ኣብቲ ፕሮጀክት ሓደስቲ
report-new-note = «ዝተበጽሑ» ርክባት ይቖጽር፦ ሓደ ሰብ ኣብ ዓሰርተ ንጥፈታት ዓሰርተ ግዜ ይቑጸር። ኣብቲ ፕሮጀክት ሓደስቲ ንመጀመርታ ግዜ ዝመጹ እዮም፣ እቲ ዝተጸበየ ቁጽሪ ድማ ምስኦም እዩ ዝነጻጸር።
# Variables:
#   $count (Number) - occasions logged without saying who was new to the project
report-new-unknown = { $count ->
    [one] { $count } ንጥፈት ክንደይ ሓደስቲ ኣብቲ ፕሮጀክት ከም ዝነበሩ ከይተገልጸ ተመዝጊቡ።
   *[other] { $count } ንጥፈታት ክንደይ ሓደስቲ ኣብቲ ፕሮጀክት ከም ዝነበሩ ከይተገልጸ ተመዝጊቦም።
}
report-share = ክፋል ሓደስቲ ካብቲ ዝተጸበየ
report-women = ኣንስቲ
report-men = ሰብኡት
report-girls = ኣዋልድ
report-boys = ኣወዳት
report-other = ካልእ ወይ ዘይተገልጸ
report-total = ድምር
report-occasions = ንጥፈታት
report-hours = ሰዓታት
report-by-area = ዝተበጽሑ ብከባቢ
report-by-topic = ዝተበጽሑ ብኣርእስቲ
report-by-venue-type = ዝተበጽሑ ብዓይነት ቦታ
report-by-language = ዝተበጽሑ ብቋንቋ
report-referrals = ናብ ካልእ ዝተመርሑ ብኣገልግሎት
report-questions = ሕቶታት ብዓይነት
report-count = በዝሒ
report-text-done = ዝተኻየዱ ንጥፈታት
report-text-analysis = ትንተና ምዕዋት ዕላማታት
report-text-afterwards = እቲ ተመክሮ ብኸመይ ክንጥቀመሉ ኢና
report-outcomes = ውጽኢታት
report-target = ዕላማ
report-target-share = ክፋል ካብቲ ዕላማ
report-partners = መሻርኽቲ
report-development-areas = ዓውድታት ምምዕባል
report-text-areas = ጽሑፍ ብዓውዲ ምምዕባል
report-text-projects = ጽሑፍ ብፕሮጀክት
report-save-texts = ጽሑፋት ዓቅቡ
report-texts-saved = እቶም ጽሑፋት ተዓቂቦም።
report-threshold = ካብዚ ዝንእሱ ቁጽርታት ሕብኡ
# Variables:
#   $threshold (Number) - counts from 1 to below this are hidden
report-suppressed-note = ካብ 1 ክሳብ ትሕቲ { $threshold } ዘለዉ ቁጽርታት ኣይረኣዩን፣ ዝኾነ ሰብ ከይፍለጥ።
report-suppressed-more = ገለ ካልኦት ቁጽርታት እውን ሕቡኣት እዮም፣ ዝኾነ ሕቡእ ቁጽሪ ካብቶም ዝረኣዩ ድምራት ብሕሳብ ከይፍለጥ።
report-suppressed = ሕቡእ
report-export-xlsx = ከም Excel (XLSX) ኣውርዱ
report-export-csv = ከም CSV ኣውርዱ
report-print = ሕተሙ
report-no-projects = ኣብዚ እዋን ካብ ፕሮጀክትታትኩም ዝሰርሐ የለን።
report-personal-data = እቲ ጽሑፍ ውልቃዊ ሓበሬታ (ናይ ውልቀ ቁጽሪ፣ ቁጽሪ ተሌፎን ወይ ኢመይል) ዝሓዘ ይመስል። ቅድሚ ምዕቃብኩም ኣልግስዎ።
report-hand-in = ነቲ ጸብጻብ ኣቕርቡ
report-hand-in-question = እቲ ጸብጻብ ከምቲ ሕጂ ዘሎ ይቕረብ ድዩ? ቁጽርታቱን ጽሑፋቱን ክዕጸዉ እዮም፣ ድሒሩ ዝግበሩ እርማታት ድማ ከም ፍልልያት ክረኣዩ እዮም።
report-hand-in-yes = እወ፣ ኣቕርቡ
report-hand-in-no = ሰርዙ
# Variables:
#   $date (String) - the day it was handed in
#   $name (String) - who handed it in
report-handed-in = ኣብ { $date } ብ{ $name } ቀሪቡ። እቲ ጸብጻብ ከምቲ ዝቐረበ እዩ ዝረአ።
report-changes = ድሕሪ ምቕራቡ ዝተቐየረ
report-no-changes = ድሕሪ ምቕራቡ ዝተቐየረ ነገር የለን።
report-change-figure = ኣሃዝ
report-change-then = ምስ ቀረበ
report-change-now = ሕጂ
# Variables:
#   $figure (String) - a group of people, such as women
report-change-new = { $figure }፣ ኣብቲ ፕሮጀክት ሓደስቲ
report-calendar = ዓውደ ኣዋርሕ ጸብጻባት
report-calendar-report = ጸብጻብ
report-calendar-due = ዝቐርበሉ ናይ መወዳእታ ዕለት
report-calendar-standing = ኩነታት
report-calendar-open = ክፈቱ
report-calendar-empty = ፕሮጀክትታትኩም ዝቐርብ ጸብጻብ የብሎምን።
# Variables:
#   $year (String) - the year
#   $half (Number) - 1 or 2
report-calendar-half = ናይ ፈረቓ ዓመት ጸብጻብ { $year }፣ ፈረቓ ዓመት { $half }
# Variables:
#   $date (String) - the day it was handed in
report-standing-handed-in = ኣብ { $date } ቀሪቡ
report-standing-running = እቲ እዋን ይቕጽል ኣሎ
report-standing-due = ክቐርብ ኣለዎ
report-standing-overdue = ግዜኡ ሓሊፉ
