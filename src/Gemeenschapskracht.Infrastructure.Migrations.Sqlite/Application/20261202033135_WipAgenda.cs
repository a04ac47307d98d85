using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.Sqlite.Application
{
    /// <inheritdoc />
    public partial class WipAgenda : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Wijktoekomstagendas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GebiedId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false),
                    Titel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Intro = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    HorizonJaren = table.Column<int>(type: "INTEGER", nullable: false),
                    StartJaar = table.Column<int>(type: "INTEGER", nullable: false),
                    BuurtTopId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Team = table.Column<string>(type: "TEXT", nullable: false),
                    Verspreidingen = table.Column<string>(type: "TEXT", nullable: false),
                    Herijkingen = table.Column<string>(type: "TEXT", nullable: false),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GewijzigdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GepubliceerdOp = table.Column<long>(type: "INTEGER", nullable: true),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                name: "Ambities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgendaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AmbitieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Nummer = table.Column<int>(type: "INTEGER", nullable: false),
                    Titel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Tekst = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PubliekeWaardeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LosgelatenReden = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Herkomst = table.Column<string>(type: "TEXT", nullable: false),
                    Werkgroepen = table.Column<string>(type: "TEXT", nullable: false),
                    Opmerkingen = table.Column<string>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                name: "Wijktoekomstagendas");
        }
    }
}
