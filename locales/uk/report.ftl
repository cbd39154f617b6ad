## The funder's reports: on the coordinator pages and as headings in their XLSX and CSV exports.

report-nav = Звіти
report-kind-half-year = Піврічний звіт
report-kind-final = Підсумковий звіт
report-kind-annual = Річне зведення
report-kind = Звіт
report-year = Рік
report-half = Півріччя
report-half-first = січень–червень
report-half-second = липень–грудень
report-show = Показати звіт
report-summary = Підсумок
report-period = Період
# Variables:
#   $from (String) - the first day, $to (String) - the last day
report-period-days = { $from } – { $to }
report-due = Подати не пізніше
report-project = Проєкт
report-status = Стан
report-status-ongoing = Триває
report-status-finished = Завершено
report-group = Група
report-table = Таблиця
report-reached = Охоплено
report-expected = Очікувано за заявкою
report-new = Нові в проєкті
report-new-note = «Охоплено» рахує контакти: ту саму людину на десяти заходах враховано десять разів. Нові в проєкті — це ті, хто прийшов уперше, і саме з ними порівнюють очікувані кількості.
# Variables:
#   $count (Number) - occasions logged without saying who was new to the project
report-new-unknown = { $count ->
    [one] { $count } захід записано без зазначення, скільки було нових у проєкті.
    [few] { $count } заходи записано без зазначення, скільки було нових у проєкті.
    [many] { $count } заходів записано без зазначення, скільки було нових у проєкті.
   *[other] { $count } заходу записано без зазначення, скільки було нових у проєкті.
}
report-share = Нові як частка від очікуваного
report-women = Жінки
report-men = Чоловіки
report-girls = Дівчата
report-boys = Хлопці
report-other = Інше або не вказано
report-total = Усього
report-occasions = Заходи
report-hours = Години
report-by-area = Охоплено за районами
report-by-topic = Охоплено за темами
report-by-venue-type = Охоплено за типами місць
report-by-language = Охоплено за мовами
report-referrals = Скерування за службами
report-questions = Запитання за категоріями
report-count = Кількість
report-text-done = Які заходи проведено
report-text-analysis = Аналіз досягнення цілей
report-text-afterwards = Як буде використано набутий досвід
report-outcomes = Результати
report-target = Ціль
report-target-share = Частка від цілі
report-partners = Партнери
report-development-areas = Напрями розвитку
report-text-areas = Текст за напрямами розвитку
report-text-projects = Текст за проєктами
report-save-texts = Зберегти тексти
report-texts-saved = Тексти збережено.
report-threshold = Приховати значення, менші за
# Variables:
#   $threshold (Number) - counts from 1 to below this are hidden
report-suppressed-note = Значення від 1 і менші за { $threshold } не показано, щоб нікого не можна було впізнати.
report-suppressed-more = Ще кілька значень також приховано, щоб жодне приховане значення не можна було обчислити з показаних сум.
report-suppressed = приховано
report-export-xlsx = Завантажити як Excel (XLSX)
report-export-csv = Завантажити як CSV
report-print = Друкувати
report-no-projects = Жоден із ваших проєктів не тривав у цей період.
report-personal-data = Схоже, текст містить персональні дані (персональний номер, номер телефону чи електронну пошту). Видаліть їх, перш ніж зберегти.
report-hand-in = Подати звіт
report-hand-in-question = Подати звіт у теперішньому вигляді? Його цифри й тексти буде зафіксовано, а виправлення, зроблені пізніше, показуватимуться як відмінності.
report-hand-in-yes = Так, подати
report-hand-in-no = Скасувати
# Variables:
#   $date (String) - the day it was handed in
#   $name (String) - who handed it in
report-handed-in = Подано { $date } користувачем { $name }. Звіт показано таким, яким його було подано.
report-changes = Змінено після подання
report-no-changes = Після подання нічого не змінилося.
report-change-figure = Показник
report-change-then = На момент подання
report-change-now = Зараз
# Variables:
#   $figure (String) - a group of people, such as women
report-change-new = { $figure }, нові в проєкті
report-calendar = Календар звітів
report-calendar-report = Звіт
report-calendar-due = Подати не пізніше
report-calendar-standing = Стан
report-calendar-open = Відкрити
report-calendar-empty = У ваших проєктів немає звітів, які треба подати.
# Variables:
#   $year (String) - the year
#   $half (Number) - 1 or 2
report-calendar-half = Піврічний звіт { $year }, півріччя { $half }
# Variables:
#   $date (String) - the day it was handed in
report-standing-handed-in = Подано { $date }
report-standing-running = Період триває
report-standing-due = Треба подати
report-standing-overdue = Прострочено
