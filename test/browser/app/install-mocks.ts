/**
 * Obsidian's DOM helpers (createEl, createDiv, empty, addClass, …) as the mocks patch them in:
 * imported first by the page's entry so every later module finds them on the prototypes.
 */
import { setup } from 'obsidian-test-mocks/setup';

setup();
