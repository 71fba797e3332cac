<?php
/**
 * The widgets' files, served by the site itself from the plugin's `assets/` folder: no CDN, no
 * request to any other host. Loaded only on pages that show a widget, once per page.
 *
 * @package DiscEvidence
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Whether this WordPress loads the module file as a script module (6.5 and later). Older versions
 * get the classic file, which loads the same module beside it. The `disc_evidence_script_module`
 * filter can turn modules off.
 *
 * @return bool
 */
function disc_evidence_uses_script_module() {
	/**
	 * Filters whether the widgets load as a script module (WordPress 6.5+) or a classic script.
	 *
	 * @param bool $module True when WordPress can load script modules.
	 */
	return (bool) apply_filters( 'disc_evidence_script_module', function_exists( 'wp_enqueue_script_module' ) );
}

/**
 * Enqueues the loader: the one file that defines the elements and loads what each needs when it
 * appears. Called by every block and shortcode that renders; WordPress prints it once.
 */
function disc_evidence_enqueue_loader() {
	if ( disc_evidence_uses_script_module() ) {
		wp_enqueue_script_module( 'disc-evidence', plugins_url( 'assets/disc-evidence.js', DISC_EVIDENCE_FILE ), array(), DISC_EVIDENCE_VERSION );
		return;
	}
	wp_enqueue_script( 'disc-evidence', plugins_url( 'assets/disc-evidence.classic.js', DISC_EVIDENCE_FILE ), array(), DISC_EVIDENCE_VERSION, true );
}

/**
 * In the block editor, the real elements draw each block's preview: the classic file goes into
 * the editor's canvas (the iframe on WordPress 6.3+), where script modules are not loaded.
 */
function disc_evidence_enqueue_editor_preview() {
	if ( is_admin() ) {
		wp_enqueue_script( 'disc-evidence-preview', plugins_url( 'assets/disc-evidence.classic.js', DISC_EVIDENCE_FILE ), array(), DISC_EVIDENCE_VERSION, false );
	}
}
