## The coordinator pages in a browser: logging in and the logged occasions.

coordinator-login-title = Вхід для координатора
coordinator-login-name = Логін
coordinator-password = Пароль
coordinator-login-button = Увійти
coordinator-logout = Вийти
coordinator-activities-title = Записані заходи
coordinator-from = Від
coordinator-to = До
coordinator-project = Проєкт
coordinator-all-projects = Усі мої проєкти
coordinator-column-date = Дата
coordinator-column-project = Проєкт
coordinator-column-area = Район
coordinator-column-venue = Місце
coordinator-column-people = Охоплено
coordinator-column-author = Хто записав
coordinator-previous = Попередня
coordinator-next = Наступна
# Variables:
#   $name (String) - the coordinator's name
coordinator-logged-in-as = Ви увійшли як { $name }
# Variables:
#   $count (Number) - occasions that match the filter
coordinator-total = { $count ->
    [0] Заходів немає.
    [one] { $count } захід.
    [few] { $count } заходи.
    [many] { $count } заходів.
   *[other] { $count } заходу.
}
coordinator-nav-activities = Заходи
coordinator-nav-overview = Огляд
coordinator-overview-title = Огляд
coordinator-occasions = заходи
coordinator-hours = години
coordinator-people-total = охоплено людей
coordinator-active-guides = активні гіди з питань здоров'я та працівники
coordinator-by-month = Охоплено за місяцями
coordinator-by-area = За районами
coordinator-topics = Теми
coordinator-languages = Мови
coordinator-column-occasions = Заходи
# Variables:
#   $women, $men, $girls, $boys, $other (Number) - people reached of each gender
coordinator-by-gender = Жінки { $women }, чоловіки { $men }, дівчата { $girls }, хлопці { $boys }, інше або не вказано { $other }.

## Entries in full, corrections and review marks.

coordinator-details = Показати
coordinator-field-format = Формат
coordinator-field-minutes = Хвилини
coordinator-field-note = Нотатка
coordinator-reviewed = Перевірено
coordinator-reviewed-any = Усі
coordinator-filter-any = Усі
coordinator-reviewed-waiting = Очікують перевірки
coordinator-reviewed-done = Перевірені
coordinator-yes = Так
coordinator-no = Ні
coordinator-mark-reviewed = Позначити як перевірене
coordinator-mark-unreviewed = Зняти позначку «перевірено»
coordinator-correct-title = Виправити поле
coordinator-correct-field = Поле
coordinator-correct-value = Нове значення
coordinator-correct-button = Виправити
coordinator-corrected = Виправлення збережено. Воно надійде на пристрої гіда під час наступної синхронізації.
coordinator-bad-value = Значення не підходить для поля: кількість — це ціле число, дата пишеться як YYYY-MM-DD.
coordinator-by-gender-title = Охоплено за статтю та віковою групою
coordinator-venues = Місця

## Kept conflicts.

coordinator-nav-conflicts = Конфлікти
coordinator-conflicts-title = Конфлікти, які треба вирішити
# Variables:
#   $count (Number) - open conflicts
coordinator-conflicts-count = { $count ->
    [0] Немає конфліктів, що очікують.
    [one] { $count } конфлікт очікує.
    [few] { $count } конфлікти очікують.
    [many] { $count } конфліктів очікують.
   *[other] { $count } конфлікту очікують.
}
coordinator-conflict-field = Поле
coordinator-conflict-kept = Збережене значення
coordinator-conflict-lost = Значення, яке поступилося
# Variables:
#   $name (String) - the device or coordinator whose value lost
coordinator-conflict-lost-by = від { $name }
coordinator-conflict-keep = Залишити збережене значення
coordinator-conflict-take = Взяти інше значення

## People and devices.

coordinator-nav-people = Люди та пристрої
coordinator-people-title = Люди та пристрої
coordinator-person-name = Ім'я
coordinator-person-role = Роль
coordinator-role-guide = Гід з питань здоров'я
coordinator-role-staff = Працівник
coordinator-role-coordinator = Координатор
coordinator-role-admin = Адміністратор
coordinator-role-viewer = Читач (керівна група, співфінансувач)
coordinator-devices = Пристрої
# Variables:
#   $version (String) - the app's version, $seen (String) - when the device last synced
coordinator-device-line = Версія { $version }, остання синхронізація { $seen }
coordinator-never = ніколи
coordinator-revoked = Від'єднано
coordinator-revoke = Від'єднати
coordinator-issue-code = Новий код для під'єднання пристрою
# Variables:
#   $name (String) - the person the code is for
coordinator-code-for = Одноразовий код для { $name }:
# Variables:
#   $at (String) - when the code stops working (UTC)
coordinator-code-expires = Дійсний до { $at } (UTC).
coordinator-code-qr = QR-код з адресою сервера та одноразовим кодом
coordinator-new-person = Додати людину
coordinator-create-person = Додати

## Reference lists.

coordinator-nav-reference = Списки
coordinator-reference-title = Списки та проєкти
coordinator-list = Список
coordinator-list-projects = Проєкти
coordinator-list-questions = Категорії запитань
coordinator-list-referrals = Скерування
coordinator-list-outcomes = Результати
coordinator-list-development-areas = Напрями розвитку
coordinator-list-partners = Партнери
coordinator-code = Код
coordinator-retired = Більше не використовується
coordinator-add-item = Додати до списку
coordinator-add-target = Додати період
coordinator-project-start = Початок проєкту
coordinator-project-end = Кінець проєкту (підсумковий звіт подається через місяць)
coordinator-save-reference = Зберегти списки
coordinator-reference-saved = Списки збережено. Вони надійдуть на пристрої під час наступної синхронізації.

## Accounts: an administrator disables and enables them and hands out password resets; a
## coordinator changes their own password, or chooses one with a one-time code.

account-column = Обліковий запис
account-disabled = Вимкнено
account-disable = Вимкнути обліковий запис
# Variables:
#   $name (String) - the person whose account is disabled
account-disable-confirm = Вимкнути обліковий запис { $name }? Усі сеанси цього облікового запису буде негайно завершено, а пристрої цієї людини — негайно від'єднано; дані на пристроях буде видалено під час їхньої наступної синхронізації.
account-disable-yes = Так, вимкнути
account-enable = Увімкнути обліковий запис
account-cancel = Скасувати
account-reset = Скинути пароль
# Variables:
#   $name (String) - the person the code is for
#   $login (String) - the login name they log in with
account-reset-for = Одноразовий код для { $name } (логін: { $login }):
# Variables:
#   $at (String) - date and time (UTC) the code stops working
account-reset-expires = Код можна використати один раз, до { $at } (UTC). Передайте його лише цій людині особисто.
password-change = Змінити пароль
password-current = Поточний пароль
password-new = Новий пароль (щонайменше 12 символів)
password-repeat = Введіть новий пароль ще раз
password-mismatch = Два нові паролі не збігаються.
password-changed = Пароль змінено. Усі інші сеанси цього облікового запису завершено.
password-reset-link = Ви отримали одноразовий код, щоб вибрати пароль?
password-reset-title = Виберіть новий пароль
password-reset-code = Одноразовий код
password-reset-done = Пароль вибрано. Увійдіть з новим паролем.
session-ended = Ваш сеанс завершено, бо сторінкою не користувалися протягом години або пароль змінено. Увійдіть ще раз.
coordinator-code-link = Або надішліть посилання — застосунок прийме його, якщо його вставити:
coordinator-volunteer-hours = Години волонтерства
coordinator-volunteer-hours-about = Заходи й години, які кожна людина записала за період або провела разом із тим, хто їх записав (за власним часом); а також ті, у кого нічого немає.
coordinator-volunteer-hours-none = У цей період у проєкті нікого немає.

## Retention (gallring), for administrators.
#   $day (String) - the first day kept, written out
#   $older (Number) - entries older than that
#   $thinned (Number) - entries thinned out
coordinator-nav-retention = Строк зберігання
retention-title = Строк зберігання
retention-about = Як довго зберігаються заходи, рахуючи від дня, коли вони відбулися. Старіші заходи видаляються разом з усім, що про них збережено. Подані звіти залишаються такими, якими їх було подано.
retention-months = Скільки місяців зберігати (порожньо: безстроково)
retention-save = Зберегти
retention-forever = Заходи зберігаються безстроково.
retention-state = Заходи зберігаються починаючи з { $day }. { $older ->
    [0] Старіших заходів немає.
    [one] { $older } захід старіший.
    [few] { $older } заходи старіші.
    [many] { $older } заходів старіші.
   *[other] { $older } заходу старіші.
}
retention-thin = Видалити зараз
retention-thin-question = { $older ->
    [one] { $older } захід буде видалено
    [few] { $older } заходи буде видалено
    [many] { $older } заходів буде видалено
   *[other] { $older } заходу буде видалено
} назавжди разом із версіями та конфліктами. Цю дію не можна скасувати. Видалити?
retention-thin-yes = Так, видалити
retention-thin-no = Скасувати
retention-thinned = { $thinned ->
    [0] Немає заходів, які треба було видалити.
    [one] Видалено { $thinned } захід.
    [few] Видалено { $thinned } заходи.
    [many] Видалено { $thinned } заходів.
   *[other] Видалено { $thinned } заходу.
}
