## The frame around every page: name, navigation, shared actions and errors.

app-name = { -brand-name }
nav-label = Main menu
nav-log = Log
nav-my-log = My log
nav-coordinator = Coordination
nav-language = Language
action-dismiss = Close
action-undo = Undo

error-invalid = Something in the form needs correcting before it can be saved.
error-invalid-profile = The profile is not complete.
error-not-found = The entry no longer exists.
error-not-a-draft = A saved entry cannot become a draft again.
error-newer-schema = The database on this device comes from a newer version of the app. Please update the app.
error-storage = The device's storage is not working right now. Nothing new was saved; please try again.
error-locked = The data on this device cannot be opened: its key is missing or does not match. Nothing has been deleted. Please contact your coordinator.
error-internal = Something went wrong in the app. Please try again.
error-unauthorized = This device is not connected to the municipality, or its connection is no longer valid.
error-revoked = A coordinator has disconnected this device. The data on it is being erased.
error-update-required = The app is too old for the municipality's server. Please update the app.
error-bad-request = The server could not read the request.
error-too-large = What was sent is too large for the server.
error-sequence-gap = Some changes were missing from what was sent; they will be sent again.
error-invalid-code = The code is unknown, already used or too old. Ask your coordinator for a new one.
error-code-used-elsewhere = This code has already connected another device. Ask your coordinator for a new code.
error-invalid-server = The server's address must begin with https://. Ask your coordinator for the right address.
error-unsent-entries = The previous user's occasions have not reached the server yet.
error-unavailable = The server could not complete this right now. Nothing was changed; please try again.
error-offline = The server could not be reached. What waits is sent when there is a network.
error-wrong-login = Wrong login name or password.
error-too-many-attempts = Too many failed logins. Wait a quarter of an hour and try again.
error-forbidden = Your role or your projects do not give access to this.
error-account-disabled = The account is disabled. Contact the administrator.
error-weak-password = The password needs at least 12 characters.
error-handed-in = The report was handed in and no longer changes.

stepper-decrease = Decrease
stepper-increase = Increase
count-not-a-number = Type a whole number, for example 3.
# Variables:
#   $max (Number) - the largest count accepted for one group
count-too-large = More than { $max } is not plausible for one occasion.
