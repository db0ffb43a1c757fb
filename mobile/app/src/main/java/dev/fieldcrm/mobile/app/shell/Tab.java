package dev.fieldcrm.mobile.app.shell;

/** The bottom navigation's destinations; each is the root of its own back stack. */
public enum Tab {
    TODAY("tab.today"),
    CLIENTS("tab.clients"),
    ATTENTION("tab.attention"),
    DASHBOARD("tab.dashboard"),
    SETTINGS("tab.settings");

    private final String textKey;

    Tab(String textKey) {
        this.textKey = textKey;
    }

    public String textKey() {
        return textKey;
    }
}
