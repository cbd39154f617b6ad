## My log: the user's own entries.

my-log-title = Мій журнал
# Variables:
#   $occasions (Number) - occasions logged this week
#   $people (Number) - people reached this week
my-log-week = Цього тижня: { $occasions } { $occasions ->
    [one] захід
    [few] заходи
    [many] заходів
   *[other] заходу
}, охоплено { $people } { $people ->
    [one] людину
    [few] людини
    [many] людей
   *[other] людини
}
# Variables:
#   $occasions (Number) - occasions logged this month
#   $people (Number) - people reached this month
my-log-month = Цього місяця: { $occasions } { $occasions ->
    [one] захід
    [few] заходи
    [many] заходів
   *[other] заходу
}, охоплено { $people } { $people ->
    [one] людину
    [few] людини
    [many] людей
   *[other] людини
}
my-log-new = Записати новий захід
my-log-drafts = Чернетки, які треба завершити
my-log-draft-untitled = Чернетка без місця
my-log-empty = Ще немає записаних заходів.
my-log-not-sent = Ще не надіслано
# Variables:
#   $count (Number) - people reached at the occasion
my-log-people = { $count } { $count ->
    [one] людина
    [few] людини
    [many] людей
   *[other] людини
}
my-log-sent = Комуна отримала
my-log-refused = Комуна відхилила – відкрийте й збережіть ще раз
# Variables:
#   $name (String) - the colleague who logged an occasion the user co-hosted
my-log-hosted-by = Автор запису: { $name }
my-log-delete = Видалити
my-log-delete-question = Видалити цей захід?
my-log-delete-yes = Видалити
my-log-delete-no = Залишити
my-log-deleted = Захід видалено.
my-log-settings = Налаштування
my-log-more = Показати більше
my-log-key-in-file = Ключ до бази даних пристрою зберігається у файлі, бо на пристрої не працює жодна в'язка ключів, яка могла б його прийняти.
