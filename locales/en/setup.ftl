## First start: language, name and projects.

setup-title = Welcome to { -brand-name }
setup-intro = Here you log your meetings with residents: where, when, about what and how many. Never who.
setup-language = Language
setup-name = Your name
setup-name-hint = Your name is shown to the coordinators, not to residents.
setup-projects = Your projects
setup-start = Start logging
setup-problem-name-missing = Type your name.
setup-problem-name-too-long = The name is too long.
setup-problem-no-project = Choose at least one project.
# Variables:
#   $time (String) - date and time when the device's data was erased
setup-erased = A coordinator disconnected this device from the municipality. Everything on it was erased on { $time }. You can start again and connect with a new code.
