# MAL: solo imprime la salida esperada; no hay objeto, ni weakref, ni finalize.
print("ref() is recurso: True")
print("Borrando la última referencia fuerte (del recurso)...")
print("finalize: conexión liberado")
print("ref() tras el del: None")
print("Fin del programa")
