## Column headings of the exported list of occasions (XLSX and CSV).

export-sheet-activities = نشست‌ها
export-column-id = شناسه
export-column-date = تاریخ
export-column-start = شروع
export-column-minutes = دقیقه
export-column-project = پروژه
export-column-area = منطقه
export-column-venue = مکان
export-column-venue-type = نوع مکان
export-column-format = نوع فعالیت
export-column-languages = زبان‌ها
export-column-topics = موضوع‌ها
export-column-women = زنان
export-column-men = مردان
export-column-girls = دختران
export-column-boys = پسران
export-column-other = دیگر یا نامشخص
export-column-total = جمع کل
export-column-referrals = ارجاع‌ها
export-column-questions = پرسش‌ها به تفکیک دسته
export-column-new-women = زنان جدید
export-column-new-men = مردان جدید
export-column-new-girls = دختران جدید
export-column-new-boys = پسران جدید
export-column-note = یادداشت
