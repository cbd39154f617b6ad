/* The engine alone, for the app bench's baseline: a WebKitGTK window of a phone's size that
 * loads a one-line page and exits as soon as the page has loaded. What the app does before
 * and after its engine starts is not in it. */
#include <webkit2/webkit2.h>
#include <stdio.h>
#include <stdlib.h>
static void on_load(WebKitWebView *v, WebKitLoadEvent e, gpointer d) {
  if (e == WEBKIT_LOAD_FINISHED) { printf("loaded\n"); fflush(stdout); exit(0); }
}
int main(int argc, char **argv) {
  gtk_init(&argc, &argv);
  GtkWidget *w = gtk_window_new(GTK_WINDOW_TOPLEVEL);
  gtk_window_set_default_size(GTK_WINDOW(w), 360, 740);
  WebKitWebView *v = WEBKIT_WEB_VIEW(webkit_web_view_new());
  gtk_container_add(GTK_CONTAINER(w), GTK_WIDGET(v));
  g_signal_connect(v, "load-changed", G_CALLBACK(on_load), NULL);
  webkit_web_view_load_html(v, "<!doctype html><p>Brobygge</p>", NULL);
  gtk_widget_show_all(w);
  gtk_main();
  return 0;
}
