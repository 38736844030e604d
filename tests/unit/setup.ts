// IndexedDB for the db tests: fake-indexeddb implements the real spec in memory.
import 'fake-indexeddb/auto';
