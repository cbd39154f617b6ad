## Column headings of the exported list of occasions (XLSX and CSV).

export-sheet-activities = Заходи
export-column-id = ID
export-column-date = Дата
export-column-start = Початок
export-column-minutes = Хвилини
export-column-project = Проєкт
export-column-area = Район
export-column-venue = Місце
export-column-venue-type = Тип місця
export-column-format = Формат
export-column-languages = Мови
export-column-topics = Теми
export-column-women = Жінки
export-column-men = Чоловіки
export-column-girls = Дівчата
export-column-boys = Хлопці
export-column-other = Інше або не вказано
export-column-total = Усього
export-column-referrals = Скерування
export-column-questions = Запитання за категоріями
export-column-new-women = Нові жінки
export-column-new-men = Нові чоловіки
export-column-new-girls = Нові дівчата
export-column-new-boys = Нові хлопці
export-column-note = Нотатка
