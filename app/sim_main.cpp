// SPDX-License-Identifier: MIT
// Placeholder replaced by the sim server work in this same change.
int main() { return 1; }
