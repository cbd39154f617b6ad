## Column headings of the exported list of occasions (XLSX and CSV).

export-sheet-activities = ንጥፈታት
export-column-id = መለለዪ
export-column-date = ዕለት
export-column-start = መጀመርታ
export-column-minutes = ደቓይቕ
export-column-project = ፕሮጀክት
export-column-area = ከባቢ
export-column-venue = ቦታ
export-column-venue-type = ዓይነት ቦታ
export-column-format = ኣገባብ
export-column-languages = ቋንቋታት
export-column-topics = ኣርእስትታት
export-column-women = ኣንስቲ
export-column-men = ሰብኡት
export-column-girls = ኣዋልድ
export-column-boys = ኣወዳት
export-column-other = ካልእ ወይ ዘይተገልጸ
export-column-total = ድምር
export-column-referrals = ናብ ካልእ ዝተመርሑ
export-column-questions = ሕቶታት ብዓይነት
export-column-new-women = ሓደስቲ ኣንስቲ
export-column-new-men = ሓደስቲ ሰብኡት
export-column-new-girls = ሓደስቲ ኣዋልድ
export-column-new-boys = ሓደስቲ ኣወዳት
export-column-note = መዘኻኸሪ
