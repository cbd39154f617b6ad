## Column headings of the exported list of occasions (XLSX and CSV).

export-sheet-activities = جلسه‌ها
export-column-id = شناسه
export-column-date = تاریخ
export-column-start = شروع
export-column-minutes = دقیقه
export-column-project = پروژه
export-column-area = منطقه
export-column-venue = محل
export-column-venue-type = نوع محل
export-column-format = نوع فعالیت
export-column-languages = زبان‌ها
export-column-topics = موضوعات
export-column-women = زنان
export-column-men = مردان
export-column-girls = دختران
export-column-boys = پسران
export-column-other = دیگر یا نامعلوم
export-column-total = مجموع
export-column-referrals = ارجاع‌ها
export-column-questions = سوال‌ها به تفکیک کتگوری
export-column-new-women = زنان نو
export-column-new-men = مردان نو
export-column-new-girls = دختران نو
export-column-new-boys = پسران نو
export-column-note = یادداشت
