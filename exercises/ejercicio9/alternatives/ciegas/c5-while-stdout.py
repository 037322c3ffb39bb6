# BIEN: bucle while con contador dentro de la envoltura, @functools.wraps, salida con sys.stdout.write y %-formato
import sys
import functools


def repetir(veces):
    def deco(f):
        @functools.wraps(f)
        def interna(*a, **kw):
            hechas = 0
            valor = None
            while hechas < veces:
                valor = f(*a, **kw)
                hechas += 1
            return valor
        return interna
    return deco


@repetir(3)
def saludar(nombre):
    """Imprime un saludo para nombre y lo devuelve."""
    s = "¡Hola, %s!" % nombre
    sys.stdout.write(s + "\n")
    return s


resultado = saludar("Ana")
sys.stdout.write("Valor devuelto: %s\n" % resultado)
sys.stdout.write("Nombre: %s\n" % saludar.__name__)
sys.stdout.write("Documentación: %s\n" % saludar.__doc__)
