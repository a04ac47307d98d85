using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.SqlServer.Application
{
    /// <inheritdoc />
    public partial class RouteStap3 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BuurtTopCycli",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IntervalJaren = table.Column<int>(type: "int", nullable: false),
                    AankondigingMaanden = table.Column<int>(type: "int", nullable: false),
                    HerinneringDagen = table.Column<int>(type: "int", nullable: false),
                    Regio = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Dagregel = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    VasteDag = table.Column<int>(type: "int", nullable: true),
                    VasteMaand = table.Column<int>(type: "int", nullable: true),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuurtTopCycli", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BuurtTops",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GebiedId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Titel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    Plek = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Organisator = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    WijkbeeldId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    WijkbeeldVersie = table.Column<int>(type: "int", nullable: true),
                    Capaciteit = table.Column<int>(type: "int", nullable: true),
                    Plan = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Aanwezigheid = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Opbrengsten = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Signaleringen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AgendaId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GehoudenOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    VerwerktOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuurtTops", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuurtTops_Gebieden_GebiedId",
                        column: x => x.GebiedId,
                        principalTable: "Gebieden",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Reactietermijnen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Weken = table.Column<int>(type: "int", nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reactietermijnen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Wijktoekomstagendas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GebiedId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Versie = table.Column<int>(type: "int", nullable: false),
                    Titel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Intro = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    HorizonJaren = table.Column<int>(type: "int", nullable: false),
                    StartJaar = table.Column<int>(type: "int", nullable: false),
                    BuurtTopId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Team = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Verspreidingen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Herijkingen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GepubliceerdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wijktoekomstagendas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Wijktoekomstagendas_Gebieden_GebiedId",
                        column: x => x.GebiedId,
                        principalTable: "Gebieden",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BuurtTopAanmeldingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BuurtTopId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    Categorie = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ToestemmingVersie = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    ToestemmingOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AfmeldSleutelHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AangemeldOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    AfgemeldOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    VanWachtlijstOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuurtTopAanmeldingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuurtTopAanmeldingen_BuurtTops_BuurtTopId",
                        column: x => x.BuurtTopId,
                        principalTable: "BuurtTops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BuurtTopUitnodigingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BuurtTopId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Categorie = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    VerstuurdDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    VerstuurdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuurtTopUitnodigingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuurtTopUitnodigingen_BuurtTops_BuurtTopId",
                        column: x => x.BuurtTopId,
                        principalTable: "BuurtTops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Ambities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgendaId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AmbitieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Nummer = table.Column<int>(type: "int", nullable: false),
                    Titel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Tekst = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    PubliekeWaardeId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    LosgelatenReden = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Herkomst = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Werkgroepen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Opmerkingen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ambities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ambities_Wijktoekomstagendas_AgendaId",
                        column: x => x.AgendaId,
                        principalTable: "Wijktoekomstagendas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Verzoeken",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgendaId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GebiedId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AmbitieId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OrganisatieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Vraag = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Door = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    VerzondenOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Uiterlijk = table.Column<DateOnly>(type: "date", nullable: false),
                    SleutelHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Antwoord = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    AntwoordLink = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    BeantwoordOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    BeantwoordDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    TeLaat = table.Column<bool>(type: "bit", nullable: false),
                    Toezeggingen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    GemaandOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Verzoeken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Verzoeken_Organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Verzoeken_Wijktoekomstagendas_AgendaId",
                        column: x => x.AgendaId,
                        principalTable: "Wijktoekomstagendas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Ambities_AgendaId",
                table: "Ambities",
                column: "AgendaId");

            migrationBuilder.CreateIndex(
                name: "IX_Ambities_TenantId_AgendaId_AmbitieId",
                table: "Ambities",
                columns: new[] { "TenantId", "AgendaId", "AmbitieId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ambities_TenantId_AmbitieId",
                table: "Ambities",
                columns: new[] { "TenantId", "AmbitieId" });

            migrationBuilder.CreateIndex(
                name: "IX_BuurtTopAanmeldingen_BuurtTopId",
                table: "BuurtTopAanmeldingen",
                column: "BuurtTopId");

            migrationBuilder.CreateIndex(
                name: "IX_BuurtTopAanmeldingen_TenantId_AfmeldSleutelHash",
                table: "BuurtTopAanmeldingen",
                columns: new[] { "TenantId", "AfmeldSleutelHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BuurtTopAanmeldingen_TenantId_BuurtTopId_Email",
                table: "BuurtTopAanmeldingen",
                columns: new[] { "TenantId", "BuurtTopId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_BuurtTopCycli_TenantId",
                table: "BuurtTopCycli",
                column: "TenantId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BuurtTops_GebiedId",
                table: "BuurtTops",
                column: "GebiedId");

            migrationBuilder.CreateIndex(
                name: "IX_BuurtTops_TenantId_GebiedId_Datum",
                table: "BuurtTops",
                columns: new[] { "TenantId", "GebiedId", "Datum" });

            migrationBuilder.CreateIndex(
                name: "IX_BuurtTopUitnodigingen_BuurtTopId",
                table: "BuurtTopUitnodigingen",
                column: "BuurtTopId");

            migrationBuilder.CreateIndex(
                name: "IX_BuurtTopUitnodigingen_TenantId_BuurtTopId_Email",
                table: "BuurtTopUitnodigingen",
                columns: new[] { "TenantId", "BuurtTopId", "Email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reactietermijnen_TenantId",
                table: "Reactietermijnen",
                column: "TenantId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Verzoeken_AgendaId",
                table: "Verzoeken",
                column: "AgendaId");

            migrationBuilder.CreateIndex(
                name: "IX_Verzoeken_OrganisatieId",
                table: "Verzoeken",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Verzoeken_TenantId_GebiedId",
                table: "Verzoeken",
                columns: new[] { "TenantId", "GebiedId" });

            migrationBuilder.CreateIndex(
                name: "IX_Verzoeken_TenantId_SleutelHash",
                table: "Verzoeken",
                columns: new[] { "TenantId", "SleutelHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Wijktoekomstagendas_GebiedId",
                table: "Wijktoekomstagendas",
                column: "GebiedId");

            migrationBuilder.CreateIndex(
                name: "IX_Wijktoekomstagendas_TenantId_GebiedId_Versie",
                table: "Wijktoekomstagendas",
                columns: new[] { "TenantId", "GebiedId", "Versie" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Ambities");

            migrationBuilder.DropTable(
                name: "BuurtTopAanmeldingen");

            migrationBuilder.DropTable(
                name: "BuurtTopCycli");

            migrationBuilder.DropTable(
                name: "BuurtTopUitnodigingen");

            migrationBuilder.DropTable(
                name: "Reactietermijnen");

            migrationBuilder.DropTable(
                name: "Verzoeken");

            migrationBuilder.DropTable(
                name: "BuurtTops");

            migrationBuilder.DropTable(
                name: "Wijktoekomstagendas");
        }
    }
}
