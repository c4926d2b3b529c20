"""After the award: the usage targets that release the solde, the money, the deployment dates. No Qt, no database."""
