## My log: the user's own entries.

my-log-title = My log
# Variables:
#   $occasions (Number) - occasions logged this week
#   $people (Number) - people reached this week
my-log-week = This week: { $occasions ->
    [one] { $occasions } occasion
   *[other] { $occasions } occasions
}, { $people ->
    [one] { $people } person
   *[other] { $people } people
} reached
# Variables:
#   $occasions (Number) - occasions logged this month
#   $people (Number) - people reached this month
my-log-month = This month: { $occasions ->
    [one] { $occasions } occasion
   *[other] { $occasions } occasions
}, { $people ->
    [one] { $people } person
   *[other] { $people } people
} reached
my-log-new = Log a new occasion
my-log-drafts = Drafts to finish
my-log-draft-untitled = Draft without a place
my-log-empty = No occasions logged yet.
my-log-not-sent = Not sent yet
# Variables:
#   $count (Number) - people reached at the occasion
my-log-people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
my-log-sent = Received by the municipality
my-log-refused = Refused by the municipality – open and save again
# Variables:
#   $name (String) - the colleague who logged an occasion the user co-hosted
my-log-hosted-by = Logged by { $name }
my-log-delete = Delete
my-log-delete-question = Delete this occasion?
my-log-delete-yes = Delete
my-log-delete-no = Keep
my-log-deleted = The occasion was deleted.
my-log-settings = Settings
my-log-more = Show more
my-log-key-in-file = The key to the device's database is kept in a file, because no keyring on the device is running and accepting it.
