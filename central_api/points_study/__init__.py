"""Points study for A and B licence holders and the licence review (记分学习/审验, DOMAIN.md §6, issue 15)."""
