using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;

namespace Gemeenschapskracht.Application.Gemeenten.Commands.UpdateGemeente;

public sealed class UpdateGemeenteValidator : AbstractValidator<UpdateGemeenteCommand>
{
    public UpdateGemeenteValidator()
    {
        RuleFor(c => c.Naam).RequiredText("de naam van de gemeente", 100);
    }
}
