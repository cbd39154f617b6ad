## The log form: one outreach occasion.

log-title-new = Новий захід
log-title-edit = Змінити захід
log-title-draft = Чернетка
log-project = Проєкт
log-choose = Виберіть…
log-date = Дата
log-start-time = Час початку
log-duration = Тривалість
# Variables:
#   $minutes (Number) - minutes, under an hour
log-duration-minutes = { $minutes } хв
# Variables:
#   $hours (Number) - whole hours
log-duration-hours = { $hours } год
# Variables:
#   $hours (Number) - whole hours
#   $minutes (Number) - minutes beyond the hours
log-duration-hours-minutes = { $hours } год { $minutes } хв
log-area = Район
log-venue = Місце
log-venue-type = Тип місця
log-format = Формат
log-languages = Якими мовами спілкувалися
log-topics = Теми
log-people = Скільки людей охоплено
log-people-women = Жінки
log-people-men = Чоловіки
log-people-girls = Дівчата
log-people-boys = Хлопці
log-people-other = Інше / не вказано
# Variables:
#   $total (Number) - everyone reached
log-people-total = Усього { $total } { $total ->
    [one] людина
    [few] людини
    [many] людей
   *[other] людини
}
log-new-people = З них нові в проєкті
log-new-people-hint = Ті, хто вперше прийшов до цього проєкту. Лише порахуйте, не пишіть імен.
# Variables:
#   $total (Number) - referrals made in all
log-referrals = Скерування ({ $total })
# Variables:
#   $total (Number) - questions asked in all
log-questions = Запитання за категоріями ({ $total })
# Variables:
#   $total (Number) - the project's outcomes counted in all (people matched to work, CVs written...)
log-outcomes = Результати ({ $total })
log-partners = Партнери
log-co-hosts = Хто ще проводив захід
log-note = Нотатка
log-note-hint = Пишіть, що було зроблено, але ніколи — хто: жодних імен, персональних номерів (personnummer), номерів телефонів чи адрес електронної пошти.
log-problems-title = Перш ніж зберегти захід:
log-problem-missing-project = Виберіть проєкт.
log-problem-missing-date = Вкажіть дату.
log-problem-missing-start-time = Вкажіть час початку.
log-problem-missing-duration = Виберіть тривалість.
log-problem-missing-area = Виберіть район.
log-problem-missing-venue = Виберіть місце.
log-problem-missing-venue-type = Виберіть тип місця.
log-problem-missing-format = Виберіть формат.
log-problem-missing-languages = Виберіть хоча б одну мову, якою спілкувалися.
# Variables:
#   $max (Number) - the largest count accepted
log-problem-count = Одна з кількостей не є цілим числом від 0 до { $max }. Виправте позначене поле.
log-problem-missing-other = Одне поле не заповнено.
# Variables:
#   $item (String) - the label of a list item that is no longer offered
log-problem-unknown = «{ $item }» більше немає в списку. Виберіть ще раз.
# Variables:
#   $item (String) - the label of a topic
log-problem-not-in-project = Тема «{ $item }» не належить до цього проєкту.
log-problem-section-not-used = Цей проєкт не використовує цю частину форми.
log-problem-bad-co-host = Хтось із тих, із ким ви проводили захід, більше не належить до проєкту. Приберіть цю людину й збережіть ще раз.
# Variables:
#   $item (String) - the label of a referral target or question category
log-problem-bad-line = «{ $item }» вказано двічі або з кількістю нуль.
# Variables:
#   $min (Number) - shortest duration in minutes
#   $max (Number) - longest duration in minutes
log-problem-duration = Тривалість має бути від { $min } до { $max } хвилин.
log-problem-new-people = Новими позначено більше людей, ніж охоплено. Нових враховують серед охоплених.
log-problem-date-future = Ця дата ще не настала. Виберіть сьогоднішню дату або ранішу.
# Variables:
#   $start (String) - the day the project started, written out in the user's language
log-problem-date-before-project = Проєкт розпочався { $start }, тож виберіть цей день або пізнішу дату.
# Variables:
#   $end (String) - the day the project ended, written out in the user's language
log-problem-date-after-project = Проєкт завершився { $end }, тож виберіть цей день або ранішу дату.
log-problem-date-not-kept = Муніципалітет зберігає заходи лише починаючи з { $start } (строк зберігання). Старіший захід не приймається.
# Variables:
#   $max (Number) - the most characters a note may have
log-problem-note-too-long = Нотатка може мати щонайбільше { $max } символів.
log-nobody-question = На цьому заході нікого не охоплено. Усе одно зберегти?
log-nobody-save = Так, зберегти
log-nobody-back = Ні, повернутися
log-unsaved-changes = Зміни в цьому заході не завершено. Завершіть і збережіть їх або скасуйте.
log-discard = Скасувати зміни
log-save = Зберегти
log-saved = Збережено. Запис буде надіслано, коли пристрій під'єднається.
log-again-title = Записати так само, як раніше
