## The frame around every page: name, navigation, shared actions and errors.

app-name = { -brand-name }
nav-label = Головне меню
nav-log = Записати
nav-my-log = Мій журнал
nav-coordinator = Координація
nav-language = Мова
action-dismiss = Закрити
action-undo = Скасувати

error-invalid = Щось у формі треба виправити, перш ніж її можна буде зберегти.
error-invalid-profile = Профіль заповнено не повністю.
error-not-found = Цього запису більше немає.
error-not-a-draft = Збережений запис не може знову стати чернеткою.
error-newer-schema = База даних на пристрої створена новішою версією застосунку. Оновіть застосунок.
error-storage = Пам'ять пристрою зараз не працює. Нічого нового не збережено; спробуйте ще раз.
error-internal = У застосунку сталася помилка. Спробуйте ще раз.
error-unauthorized = Пристрій не під'єднано до комуни, або під'єднання вже не дійсне.
error-revoked = Координатор від'єднав цей пристрій. Дані на пристрої видаляються.
error-update-required = Версія застосунку надто стара для сервера комуни. Оновіть застосунок.
error-bad-request = Сервер не зміг прочитати запит.
error-too-large = Надіслані дані завеликі для сервера.
error-sequence-gap = Під час надсилання бракувало деяких змін; їх буде надіслано ще раз.
error-invalid-code = Код невідомий, уже використаний або застарілий. Попросіть у координатора новий.
error-unavailable = Сервер зараз не зміг цього виконати. Нічого не змінено; спробуйте ще раз.
error-offline = Не вдалося зв'язатися із сервером. Те, що чекає, буде надіслано, щойно з'явиться мережа.
error-wrong-login = Неправильний логін або пароль.
error-too-many-attempts = Забагато невдалих спроб входу. Зачекайте чверть години й спробуйте ще раз.
error-forbidden = Ваша роль або ваші проєкти не дають доступу до цього.

stepper-decrease = Зменшити
stepper-increase = Збільшити
count-not-a-number = Введіть ціле число, наприклад 3.
# Variables:
#   $max (Number) - the largest count accepted for one group
count-too-large = Понад { $max } — це забагато для одного заходу.
