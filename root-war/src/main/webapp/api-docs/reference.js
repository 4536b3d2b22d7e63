// Kept out of index.html so that the page needs no inline script. The document is this server's own /openapi,
// so the page shows exactly the services deployed here, and "Try it out" calls this same server.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi",
    dom_id: "#reference",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout"
  });
});
