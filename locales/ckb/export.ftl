## Column headings of the exported list of occasions (XLSX and CSV).

export-sheet-activities = دانیشتنەکان
export-column-id = ناسێنەر
export-column-date = بەروار
export-column-start = دەستپێک
export-column-minutes = خولەک
export-column-project = پڕۆژە
export-column-area = ناوچە
export-column-venue = شوێن
export-column-venue-type = جۆری شوێن
export-column-format = جۆری چالاکی
export-column-languages = زمانەکان
export-column-topics = بابەتەکان
export-column-women = ژنان
export-column-men = پیاوان
export-column-girls = کچان
export-column-boys = کوڕان
export-column-other = هی تر یان دیاری نەکراو
export-column-total = کۆی گشتی
export-column-referrals = ڕەوانەکردنەکان
export-column-questions = پرسیارەکان بەپێی جۆر
export-column-new-women = ژنانی نوێ
export-column-new-men = پیاوانی نوێ
export-column-new-girls = کچانی نوێ
export-column-new-boys = کوڕانی نوێ
export-column-note = تێبینی
