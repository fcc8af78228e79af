// Starts Swagger UI over the API's document; a file of its own so that the page's
// Content-Security-Policy allows no inline script.
window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#api", deepLinking: true });
